export interface FilledCaption {
  /** Text with every known {token} replaced. */
  text: string;
  /** Tokens the facts did not hold; they stay in the text as "{token}" so the gap is visible. */
  missing: string[];
}

/** Replaces {token}s in a caption by the slide's facts. Text outside tokens is kept as written. */
export function fillCaption(
  template: string,
  facts: Readonly<Record<string, string | undefined>>,
): FilledCaption {
  const missing: string[] = [];
  const text = template.replace(/\{(\w+)\}/g, (whole, token: string) => {
    const value = Object.hasOwn(facts, token) ? facts[token] : undefined;
    if (value === undefined) {
      missing.push(token);
      return whole;
    }
    return value;
  });
  return { text, missing };
}
