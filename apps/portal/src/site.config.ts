/**
 * What makes this demo portal a given province's: its name and the placeholders of the footer.
 * The portal is a demo: every address and number here is a placeholder, labelled as such.
 */
export const site = {
  province: { vi: 'Lâm Đồng', en: 'Lâm Đồng' },
} as const;
