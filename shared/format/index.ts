export * from './date';
export * from './money';
export * from './names';
export * from './number-words';
export * from './roman';
