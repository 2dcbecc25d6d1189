/** Vite extracts imported stylesheets into the build; in TypeScript they are side-effect imports. */
declare module '*.css';
