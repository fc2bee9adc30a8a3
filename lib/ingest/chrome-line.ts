// One line rule of web-chrome.json, by its id: the cleaner removes such lines, and the metadata
// detector and the PDF-copy unwrapper read them for what they say.
import chrome from "../knowledge/web-chrome.json";

/** The pattern of the web-chrome.json line rule with this id. */
export function chromeLine(id: string): RegExp {
  const rule = chrome.lineRules.find((r) => "id" in r && r.id === id);
  if (!rule) throw new Error(`web-chrome.json has no line rule "${id}"`);
  return new RegExp(rule.pattern);
}
