// What the studio's clipart upload form sends beside the file, read on the server.
import { z } from 'zod';
import { plainText } from '../plain-text';
import { CLIPART_CATEGORIES } from './limits';

/** The name and category a brand gives an uploaded clipart (the file travels beside them). */
export const clipartUploadSchema = z.object({
  name: plainText('Write the name as plain text.').pipe(
    z
      .string()
      .min(1, { error: 'Give the clipart a name.' })
      .max(80, { error: 'Keep the name under 80 characters.' }),
  ),
  category: z.enum(CLIPART_CATEGORIES, { error: 'Choose a category.' }),
});
