import type { notifyEn } from './messages-notify';

/** 设计器中客户通知的文字。 */
export const notifyZh: Record<keyof typeof notifyEn, string> = {
  'notice.title': '客户通知',
  'notice.on': '工单到达此步骤时通知客户',
  'notice.default': '默认：{state}（可视分界线以上的步骤会通知）',
  'notice.defaultOn': '通知',
  'notice.defaultOff': '不通知',
  'notice.textZh': '通知内容（中文）',
  'notice.textEn': '通知内容（英文）',
  'notice.placeholders': '可用占位符：{list}。留空则用标准文字。',
  'notice.count': '每张工单发给客户的消息：{min}–{max} 条',
  'notice.countOne': '每张工单发给客户的消息：{max} 条',
  'notice.loops': '流程每循环一次会更多',
  'notice.optIn': '微信订阅消息每条都需客户授权一次。',
  'notice.path': '{count} 条：{steps}',
};
