// The starter clipart library: icons from Tabler Icons (MIT, https://tabler.io/icons, the
// @tabler/icons npm package), chosen for personalized products. A filled icon where Tabler has
// one (a solid shape prints, engraves and embroiders best), else its outline.
// `npx tsx --conditions=react-server scripts/clipart-library.ts` rewrites library.json from it.

export const LIBRARY_SELECTION = {
  Love: [
    'heart',
    'hearts',
    'heart-handshake',
    'rosette',
    'diamond',
    'flower',
    'clover',
    'butterfly',
    'key',
    'home',
  ],
  Celebration: [
    'star',
    'stars',
    'confetti',
    'gift',
    'cake',
    'balloon',
    'sparkles',
    'crown',
    'trophy',
    'glass-full',
  ],
  Nature: ['leaf', 'tree', 'trees', 'plant', 'sun', 'moon', 'cloud', 'snowflake', 'flame', 'mountain'],
  Animals: ['paw', 'cat', 'dog', 'fish', 'feather', 'deer', 'bug', 'spider', 'bone', 'horse-toy'],
  Sports: [
    'ball-football',
    'ball-basketball',
    'ball-baseball',
    'ball-tennis',
    'ball-volleyball',
    'bike',
    'run',
    'swimming',
    'golf',
    'barbell',
  ],
  Travel: ['plane', 'car', 'ship', 'anchor', 'compass', 'map-pin', 'world', 'camera', 'tent', 'beach'],
} as const;

/** "ball-football" as "Ball football". */
export const iconLabel = (name: string): string => {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
