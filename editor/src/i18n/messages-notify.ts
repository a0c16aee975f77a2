/** The designer's strings for customer messages, in English; messages-notify-zh.ts must have the same keys. */
export const notifyEn = {
  'notice.title': 'Customer message',
  'notice.on': 'Tell the customer when a ticket reaches this step',
  'notice.default': 'By default: {state} (steps above the line of visibility tell)',
  'notice.defaultOn': 'on',
  'notice.defaultOff': 'off',
  'notice.textZh': 'Message (Chinese)',
  'notice.textEn': 'Message (English)',
  'notice.placeholders': 'Placeholders: {list}. Empty: the standard message.',
  'notice.count': 'Customer messages per ticket: {min}–{max}',
  'notice.countOne': 'Customer messages per ticket: {max}',
  'notice.loops': 'more each time a loop repeats',
  'notice.optIn': 'WeChat asks the customer to opt in once per message.',
  'notice.path': '{count} messages: {steps}',
} as const;
