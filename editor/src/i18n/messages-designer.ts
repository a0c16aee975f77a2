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
  'roles.add': 'Add a role',
  'roles.new': 'New role…',
  'roles.newName': 'Name of the new role',
  'roles.addNew': 'Add',
  'roles.badName': 'A role is lower-case letters, digits and _, starting with a letter (e.g. plumber)',
  'roles.remove': 'Remove {role}',
  'roles.nobody': 'nobody holds it',
  'roles.nobodyHint': 'No user holds this role: tickets waiting for it would wait for ever',
  'roles.users': '{count} users',
  'publish.warnings': 'Published with {count} warnings; look at them first:',
} as const;
