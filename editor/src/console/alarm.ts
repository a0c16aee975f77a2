/**
 * Two short beeps through WebAudio, loud enough to turn a head at the front desk. Browsers keep
 * audio silent until the page has had a click; then it plays. Returns whether it could start.
 */
export function beep(): boolean {
  const Audio = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Audio) return false;
  try {
    const ctx = new Audio();
    for (const start of [0, 0.3]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'square';
      osc.frequency.value = 880;
      gain.gain.value = 0.08;
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + start);
      osc.stop(ctx.currentTime + start + 0.18);
    }
    setTimeout(() => void ctx.close(), 1000);
    return true;
  } catch {
    return false;
  }
}

/** A desktop notification, when the user has allowed them. */
export function notify(title: string, body: string): boolean {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false;
  try {
    new Notification(title, { body, tag: title });
    return true;
  } catch {
    return false;
  }
}
