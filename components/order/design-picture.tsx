import type { Design } from '@/lib/design/schema';
import type { ImageInfo } from '@/lib/design/schema';
import type { FontLibrary } from '@/lib/render/fonts';
import { productIllustrationSvg } from '@/lib/render/product-illustration';
import { personalizedZones } from '@/lib/design/personalized-zones';
import { elementsSvg } from '@/lib/render/zone-svg';
import { madeLookElements } from '@/lib/server/engraved-previews';
import type { Template } from '@/lib/templates/schema';
import { surfaceColour } from '@/lib/templates/surface-colour';
import s from './order.module.css';

type Props = { template: Template; design: Design; fonts: FontLibrary; images: Record<string, ImageInfo> };

/** A design as a picture: the product in its chosen colours, and each zone's artwork as it will be made. */
export async function DesignPicture({ template, design, fonts, images }: Props) {
  const used = personalizedZones(template, design);
  // Engraving zones show their images as they will be burnt.
  const art = await Promise.all(
    used.map((zone) => madeLookElements(zone, design.zones[zone.id]?.layers ?? [], { fonts, images })),
  );
  const product = productIllustrationSvg(template, {
    variantId: design.variantId,
    choices: design.selection,
    title: `Your ${template.name}`,
  });
  return (
    <div className={s.picture}>
      <div dangerouslySetInnerHTML={{ __html: product }} />
      {used.map((zone, i) => {
        // On the colour it is made on, so white embroidery on denim does not vanish on white.
        const colour = surfaceColour(template, design.selection, zone.surface);
        return (
          <div
            key={zone.id}
            className={s.art}
            style={colour ? { background: colour } : undefined}
            title={`${zone.name} artwork`}
            dangerouslySetInnerHTML={{ __html: elementsSvg(zone, art[i]!) }}
          />
        );
      })}
    </div>
  );
}
