import type { designerEn } from './messages-designer';

/** 设计器的文字（时长、角色、逐项差异、模拟事实）。 */
export const designerZh: Record<keyof typeof designerEn, string> = {
  'duration.amount': '时长',
  'duration.unit': '单位',
  'duration.minutes': '分钟',
  'duration.hours': '小时',
  'duration.days': '天',
  'duration.raw': '已保存为 {value}，无法用这些单位准确表示；在您输入新的时长之前保持不变。',
  'ver.showOnCanvas': '在画布上显示',
  'ver.notOnCanvas': '只在较早的版本中，不在此画布上',
  'sim.startedWith': '起始事实',
};
