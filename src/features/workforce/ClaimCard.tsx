import {
  ARTICLE_SOURCE,
  BREACH_SOURCE,
  type ClaimNumber,
  type ClaimResult,
  type Verdict,
} from '../../data/claims/checkClaims';
import { formatChange, formatCount, formatMoney } from './formatFigures';

export const VERDICT_TEXT: Record<Verdict, string> = {
  holds: 'Holds',
  partly: 'Partly holds',
  'does not hold': 'Does not hold',
  'not checked': 'Quoted, not checked',
};
// Shape as well as colour tells the verdicts apart.
const VERDICT_ICON: Record<Verdict, string> = {
  holds: '✓',
  partly: '◐',
  'does not hold': '✗',
  'not checked': '?',
};

// Words, not digits: every digit on the page is a figure that must name its source.
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

function sourceName(keys: string): string {
  return keys
    .split(' ')
    .map((k) =>
      k === BREACH_SOURCE
        ? 'HHS data'
        : k === ARTICLE_SOURCE
          ? 'article'
          : k.startsWith('bls_')
            ? 'BLS data'
            : k.startsWith('payscale')
              ? 'Payscale, quoted by a third party'
              : k,
    )
    .join(' vs ');
}

function value(n: ClaimNumber): string {
  if (n.unit === 'percent' || n.unit === 'growth') return formatChange(n.value);
  return n.unit === 'dollars' ? formatMoney(n.value) : formatCount(n.value);
}

/** One claim: the article's statement, the verdict the data gives, the numbers and the reasons. */
export function ClaimCard({ result, index }: { result: ClaimResult; index: number }) {
  const slug = result.verdict.replace(/ /g, '-');
  return (
    <article
      className="wf-claim"
      data-claim={result.id}
      data-testid="wf-claim"
      aria-labelledby={`wf-claim-${result.id}`}
    >
      <div className="wf-claim-main">
        <h3 id={`wf-claim-${result.id}`}>Claim {NUMBER_WORDS[index] ?? ''}</h3>
        <p className="wf-claim-text">
          <span className="wf-claim-label">The article says: </span>
          <span data-source={ARTICLE_SOURCE}>{result.claim}</span>
        </p>
        <p
          className={`wf-verdict wf-verdict-${slug}`}
          data-testid="wf-verdict"
          data-verdict={result.verdict}
        >
          <span aria-hidden="true" className="wf-verdict-icon">
            {VERDICT_ICON[result.verdict]}
          </span>
          {VERDICT_TEXT[result.verdict]}
        </p>
        <p
          className="wf-claim-reason"
          data-source={`${BREACH_SOURCE} ${ARTICLE_SOURCE}`}
          data-testid="wf-claim-reason"
        >
          <span className="wf-claim-label">Why: </span>
          {result.reason}
        </p>
      </div>
      <table className="data-table wf-claim-numbers">
        <caption className="visually-hidden">The numbers behind the verdict</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {result.numbers.map((n) => (
            <tr key={n.label} data-source={n.source} data-testid="wf-claim-number">
              <th scope="row">{n.label}</th>
              <td>{value(n)}</td>
              <td>{sourceName(n.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.newer && (
        <p
          className="wf-claim-newer"
          data-testid="wf-claim-newer"
          data-source={result.newer.source}
        >
          <span className="wf-claim-label">Newer figure: </span>
          {result.newer.label}: {value(result.newer)}
        </p>
      )}
    </article>
  );
}
