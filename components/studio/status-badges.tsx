import s from './studio.module.css';

type Props = { latestVersion: number | null; hasDraft: boolean; archived: boolean };

/** Where a template stands: in the shop or not, and whether it has changes shoppers do not see yet. */
export function StatusBadges({ latestVersion, hasDraft, archived }: Props) {
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.3rem' }}>
      {archived ? (
        <span className={s.badgeArchived}>Archived</span>
      ) : latestVersion ? (
        <span className={s.badgeLive}>In the shop</span>
      ) : (
        <span className={s.badge}>Not published</span>
      )}
      {latestVersion !== null && hasDraft && <span className={s.badgeDraft}>Unpublished changes</span>}
    </span>
  );
}
