/**
 * Paying a quoted special-service fee (特约服务). Frontstage records the resident's consent and the
 * amount; moving money is a payment provider's job. A deployment implements this interface for its
 * merchant account and binds it to PAYMENT_PROVIDER:
 *
 * - WeChat Pay (JSAPI, inside WeChat's browser): `createOrder` calls
 *   `POST https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi` with `out_trade_no` = the consent id,
 *   `amount.total` in fen and the resident's `openid`, and returns the `prepay_id` the page passes to
 *   `WeixinJSBridge.invoke('getBrandWCPayRequest', …)`; the provider's notification (`notify_url`)
 *   then confirms it, verified with the platform certificate.
 * - Alipay (H5): `createOrder` calls `alipay.trade.wap.pay` with `out_trade_no` = the consent id and
 *   `total_amount` in yuan, and returns the form/redirect URL; `alipay.trade.query` or the async
 *   notification confirms it (RSA2 signature).
 *
 * The default records consent only (status `consented`): the front desk's pay step (收费开票) still
 * collects the money and issues the receipt, as today.
 */
export interface PaymentProvider {
  /** Starts a payment for a consent; what the resident's page needs to continue, if anything. */
  createOrder(order: PaymentOrder): Promise<PaymentStart>;
}

export interface PaymentOrder {
  /** The consent id: the provider's out_trade_no, so a retried order is the same order. */
  id: string;
  ticketId: string;
  /** In yuan (CNY), two decimals. */
  amount: number;
  provider: 'wechat_pay' | 'alipay';
  description: string;
}

export interface PaymentStart {
  status: 'consented' | 'pending' | 'paid' | 'failed';
  /** For the page: a WeChat prepay id or an Alipay redirect URL. */
  next?: { kind: 'wechat_jsapi'; prepayId: string } | { kind: 'redirect'; url: string };
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** No provider bound: the consent and amount are recorded, the money is collected at the pay step. */
export class ConsentOnlyPaymentProvider implements PaymentProvider {
  async createOrder(): Promise<PaymentStart> {
    return { status: 'consented' };
  }
}
