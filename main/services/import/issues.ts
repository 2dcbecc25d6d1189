/**
 * Messages for problems in an imported row that the register's schema cannot name. They are
 * i18n keys under `import.*`; the renderer shows them in Vietnamese beside the row.
 */
export const importIssues = {
  badDate: 'import.badDate',
  futureDate: 'import.futureDate',
  over16: 'import.over16',
  startBeforeBirth: 'import.startBeforeBirth',
  unknownSex: 'import.unknownSex',
  unknownEthnicity: 'import.unknownEthnicity',
  unknownUnit: 'import.unknownUnit',
  unknownHouseholdStatus: 'import.unknownHouseholdStatus',
  unknownSchoolLevel: 'import.unknownSchoolLevel',
  unknownGroup: 'import.unknownGroup',
  unknownAtRisk: 'import.unknownAtRisk',
  duplicateInFile: 'import.duplicateInFile',
  personalIdTaken: 'import.personalIdTaken',
} as const;
