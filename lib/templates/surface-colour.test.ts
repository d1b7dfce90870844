import { describe, expect, it } from 'vitest';
import { seedCatalogue } from './catalogue';
import { surfaceColour } from './surface-colour';

const [phoneCase, mug, tee, jeans] = seedCatalogue();

describe('surfaceColour', () => {
  it('is the chosen colour of the part the zone is printed on', () => {
    expect(surfaceColour(tee!, { colour: 'navy' }, 'front')).toBe('#232b45');
    expect(surfaceColour(phoneCase!, { finish: 'sand-matte', grip: 'smooth' }, 'back')).toBe('#d8ccb7');
    expect(surfaceColour(mug!, {}, 'wrap')).toBe('#ffffff');
    expect(surfaceColour(jeans!, { wash: 'black' }, 'back-pocket')).toBe('#232325');
  });

  it('is leather for the jeans patch, which no option changes', () => {
    expect(surfaceColour(jeans!, { wash: 'black' }, 'waistband-patch')).toBe('#b07a48');
  });
});
