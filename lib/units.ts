// Millimetres for people: rounded, with centimetre and inch equivalents for garments.

/** "68.8 mm" with at most one decimal. */
export function formatMm(mm: number): string {
  return `${Math.round(mm * 10) / 10} mm`;
}

/** "81.3 cm / 32 in" for garment points of measure (inches to the nearest 1/8). */
export function formatCmAndInches(mm: number): string {
  const cm = Math.round(mm) / 10;
  const inches = Math.round((mm / 25.4) * 8) / 8;
  return `${cm} cm / ${inches} in`;
}
