import { InPageLink, occupationRowId } from './InPageLink';

/** A link to an occupation's row in the outlook table, where its BLS figures are. */
export function OccupationLink({
  occupationKey,
  children,
}: {
  occupationKey: string;
  children: string;
}) {
  return (
    <InPageLink
      target={occupationRowId(occupationKey)}
      className="wf-occ-link"
      block="center"
      data={{ 'data-occupation': occupationKey }}
    >
      {children}
    </InPageLink>
  );
}
