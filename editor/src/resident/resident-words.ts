import type { ResidentTicket, Text } from '@frontstage/engine';

export type Lang = 'zh-CN' | 'en';

/** The resident pages' words; a Text from the API is picked by `pick`. */
export const WORDS = {
  'zh-CN': {
    appTitle: '报事报修',
    phone: '手机号',
    code: '验证码',
    sendCode: '获取验证码',
    codeSent: '验证码已发送，5分钟内有效',
    signIn: '登录',
    signOut: '退出',
    wrongCode: '验证码错误或已过期',
    tooMany: '请求过于频繁，请稍后再试',
    myRequests: '我的报修',
    none: '暂无报修记录',
    report: '我要报修',
    place: '位置',
    category: '类别',
    description: '问题描述',
    descriptionHint: '例如：厨房水管漏水',
    preferredTime: '方便上门的时间',
    preferredHint: '例如：今晚7点后',
    photos: '照片（最多6张）',
    addPhoto: '拍照或选图',
    submit: '提交',
    submitting: '提交中…',
    back: '返回',
    expected: (within: string, what: string) => `预计${within}内${what}`,
    contactYou: '联系您',
    status: '当前进度',
    visitor: '上门人员',
    timeline: '服务进度',
    live: '实时更新',
    quote: '报价',
    consent: '我同意按此报价付费',
    payWith: '支付方式',
    wechatPay: '微信支付',
    alipay: '支付宝',
    acceptQuote: '同意报价并确认',
    rate: '评价本次服务',
    stars: (n: number) => `${n}星`,
    reasons: '不满意的原因',
    reasonOptions: ['师傅迟到', '问题没解决', '态度不好', '收费不合理', '现场不整洁'],
    comment: '其他意见',
    sendRating: '提交评价',
    notFixedReason: '哪里还有问题？',
    thanks: '感谢您的评价',
    closed: '已办结',
    error: '出错了，请重试',
    notFound: '找不到这条报修',
    language: 'English',
  },
  en: {
    appTitle: 'Repairs',
    phone: 'Mobile number',
    code: 'Code',
    sendCode: 'Send code',
    codeSent: 'Code sent, valid for 5 minutes',
    signIn: 'Sign in',
    signOut: 'Sign out',
    wrongCode: 'Wrong or expired code',
    tooMany: 'Too many requests, try again shortly',
    myRequests: 'My requests',
    none: 'No requests yet',
    report: 'Report a problem',
    place: 'Where',
    category: 'Category',
    description: 'What is wrong',
    descriptionHint: 'e.g. the kitchen pipe leaks',
    preferredTime: 'When a visit suits you',
    preferredHint: 'e.g. after 7 pm tonight',
    photos: 'Photos (up to 6)',
    addPhoto: 'Take or choose a photo',
    submit: 'Submit',
    submitting: 'Submitting…',
    back: 'Back',
    expected: (within: string, what: string) => `Expected within ${within}: ${what}`,
    contactYou: 'we contact you',
    status: 'Now',
    visitor: 'Coming to you',
    timeline: 'Progress',
    live: 'Live',
    quote: 'Quote',
    consent: 'I agree to pay this quote',
    payWith: 'Pay with',
    wechatPay: 'WeChat Pay',
    alipay: 'Alipay',
    acceptQuote: 'Accept the quote',
    rate: 'Rate the service',
    stars: (n: number) => `${n} star${n === 1 ? '' : 's'}`,
    reasons: 'What went wrong',
    reasonOptions: ['Came late', 'Not solved', 'Unfriendly', 'Unfair fee', 'Left a mess'],
    comment: 'Anything else',
    sendRating: 'Send rating',
    notFixedReason: 'What is still wrong?',
    thanks: 'Thank you for your rating',
    closed: 'Completed',
    error: 'Something went wrong, try again',
    notFound: 'No such request',
    language: '中文',
  },
};

export type Words = (typeof WORDS)['zh-CN'];

/** A bilingual text in the resident's language. */
export const pick = (text: Text, lang: Lang): string => text[lang] || text['zh-CN'];

/**
 * The promised time in words: the first step's is the call back ('预计15分钟内联系您'), a later one
 * names what will be done.
 * @example expectedText(ticket, 'zh-CN') // '预计15分钟内联系您'
 */
export function expectedText(
  ticket: Pick<ResidentTicket, 'expected' | 'timeline'>,
  lang: Lang,
): string | null {
  const e = ticket.expected;
  if (!e) return null;
  const words = WORDS[lang];
  const first = ticket.timeline.length <= 1;
  return words.expected(
    pick(e.within, lang),
    first ? words.contactYou : `${lang === 'en' ? '' : '：'}${pick(e.what, lang)}`,
  );
}

/** A time as a resident reads it: month, day, hours and minutes in their locale. */
export function shortTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return lang === 'en'
    ? `${d.getMonth() + 1}/${d.getDate()} ${hm}`
    : `${d.getMonth() + 1}月${d.getDate()}日 ${hm}`;
}
