// Word lists for the demo estate's customers: common Chinese surnames (roughly by frequency, so
// 王 and 李 come up more than 汤), given names, and the parts of office-park tenants' company names.
// Written as space-separated text so the lists stay a few lines long.

const words = (text: string): readonly string[] => text.split(/\s+/).filter(Boolean);

export const SURNAMES = words(`
  王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁
  潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱
  江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳`);

export const GIVEN_NAMES = words(`
  伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 文 华 金凤 晓东 志强 海燕
  子涵 浩然 欣怡 梓萱 宇轩 雨桐 思远 婷婷 俊杰 佳怡 晨曦 嘉怡 国庆 建国 丽华 春梅 红梅 玉兰 德明 志明 淑珍
  一鸣 若曦 子墨 诗涵 文博 振宇 美玲 立新 海涛 雪梅 成龙 慧敏 家豪 晓燕 永红 少华 锦程 梦瑶 天佑`);

export const COMPANY_PLACES = words('深圳市 深圳市 广东 深圳前海');

export const COMPANY_WORDS = words(`
  云帆 星河 鼎泰 华信 智联 优创 博远 睿思 恒通 蓝海 中科微 天成 嘉禾 汇川 领航 数峰 长风 启明 青禾 极光
  万象 新锐 鹏程 安泰 同创 远景 易达 佳讯 微澜 海纳 聚能 立方 光速 众联 盛世 德信 致远 凌云 合力 朗峰`);

export const COMPANY_KINDS = words(`
  科技有限公司 信息技术有限公司 电子有限公司 设计有限公司 咨询有限公司 生物医药有限公司 网络科技有限公司
  智能装备有限公司`);
