import { validate, type Blueprint, type Diagnostic, type Text } from '@frontstage/engine';

export type ImportResult =
  | { ok: true; blueprint: Blueprint; diagnostics: Diagnostic[] }
  | { ok: false; message: Text; details: Text[] };

/**
 * Reads a blueprint file. Anything that is not JSON, or not shaped like a blueprint, is refused
 * with a message naming what is wrong; a well-shaped blueprint with errors is accepted so the
 * designer can fix it on the canvas.
 */
export function importBlueprint(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // The parser's own words, which come in the browser's language only.
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: { 'zh-CN': '文件不是有效的 JSON', en: 'The file is not valid JSON' },
      details: [{ 'zh-CN': why, en: why }],
    };
  }
  const result = validate(json);
  if (!result.blueprint) {
    // Both languages are kept, so the designer reads the details in the language it shows.
    const details = result.diagnostics.map((d): Text => {
      const where = d.path.join('.');
      return {
        'zh-CN': `${where || '（根）'}：${d.message['zh-CN']}`,
        en: `${where || '(root)'}: ${d.message.en}`,
      };
    });
    return {
      ok: false,
      message: { 'zh-CN': '文件不是一个服务蓝图', en: 'The file is not a service blueprint' },
      details,
    };
  }
  return { ok: true, blueprint: result.blueprint, diagnostics: result.diagnostics };
}
