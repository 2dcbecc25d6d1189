/** Route paths (inside the hash: app://bao-tro/index.html#/children). */
export const paths = {
  children: '/children',
  childrenImport: '/children/import',
  gifts: '/gifts',
  fund: '/fund',
  models: '/models',
  exchange: '/exchange',
  provinceReport: '/province-report',
  reports: '/reports',
  settings: '/settings',
} as const;
