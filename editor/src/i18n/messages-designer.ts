/** The designer's strings for durations, roles, field-level diffs and simulator facts, in English; messages-designer-zh.ts must have the same keys. */
export const designerEn = {
  'duration.amount': 'How long',
  'duration.unit': 'Unit',
  'duration.minutes': 'minutes',
  'duration.hours': 'hours',
  'duration.days': 'days',
  'duration.raw':
    'Stored as {value}, which these units cannot show exactly; it stays until you enter another.',
  'ver.showOnCanvas': 'Show it on the canvas',
  'ver.notOnCanvas': 'Only in the older version: not on this canvas',
  'sim.startedWith': 'Started with',
} as const;
