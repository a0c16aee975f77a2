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
  'roles.add': '添加角色',
  'roles.new': '新角色…',
  'roles.newName': '新角色名称',
  'roles.addNew': '添加',
  'roles.badName': '角色名只能用小写字母、数字和 _，并以字母开头（例如 plumber）',
  'roles.remove': '移除 {role}',
  'roles.nobody': '无人担任',
  'roles.nobodyHint': '没有用户担任此角色：等待它的工单会一直等下去',
  'roles.users': '{count} 人',
  'publish.warnings': '将带着 {count} 条警告发布，请先看一下：',
};
