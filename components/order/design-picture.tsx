import type { Design } from '@/lib/design/schema';
import { previewImages } from '@/lib/server/designs';
import { designPicture } from '@/lib/server/design-picture';
import type { UploadInfo } from '@/lib/server/uploads';
import type { Template } from '@/lib/templates/schema';
import s from './order.module.css';

type Props = { template: Template; design: Design; uploads: Record<string, UploadInfo> };

/** A design as a picture: the product in its chosen colours, and each zone's artwork as it will be made. */
export async function DesignPicture({ template, design, uploads }: Props) {
  const { productSvg, zones } = await designPicture(template, design, previewImages(uploads));
  return (
    <div className={s.picture}>
      <div dangerouslySetInnerHTML={{ __html: productSvg }} />
      {zones.map(({ zone, svg, colour }) => (
        // On the colour it is made on, so white embroidery on denim does not vanish on white.
        <div
          key={zone.id}
          className={s.art}
          style={colour ? { background: colour } : undefined}
          title={`${zone.name} artwork`}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ))}
    </div>
  );
}
