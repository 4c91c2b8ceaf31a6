import { useLanAddress } from '../../queries/lanAddress';
import { QrCode } from './QrCode';
import { needsLanAddress, shareAddress, type ShareAddress } from './shareAddress';

function ShareNote({ address }: { address: ShareAddress }) {
  if (address.problem === 'file')
    return (
      <p className="share-note" role="note" data-testid="share-note">
        This page was opened from a file, which phones cannot open. To let students scan, host the
        atlas on a web server (copy <code>dist/</code>) or run <code>npm run start:lan</code>.
      </p>
    );
  if (address.problem !== 'loopback') return null;
  if (address.replacedHost)
    return (
      <p className="share-note" role="note" data-testid="share-note">
        This page is open at <code>{address.replacedHost}</code>, which only this computer can
        reach, so the code points to this computer&rsquo;s network address instead.
      </p>
    );
  return (
    <p className="share-note warning" role="note" data-testid="share-note">
      Phones cannot open <code>{new URL(address.base).host}</code>: it is this computer&rsquo;s own
      address.{' '}
      {address.servedOnLan === false ? (
        <>
          Restart the atlas with <code>npm run start:lan</code> and open the network address it
          prints.
        </>
      ) : (
        <>
          Open the atlas at this computer&rsquo;s network address (<code>npm run start:lan</code>{' '}
          prints it) or from the school&rsquo;s web server.
        </>
      )}
    </p>
  );
}

/**
 * A QR code of a view for students' phones: the address the page was opened at, or, when that
 * is a loopback address, the network address the local server names. Says so when phones cannot
 * use it.
 */
export function ShareQr({ query, label, size }: { query: string; label: string; size?: number }) {
  const ask = needsLanAddress(window.location);
  const lan = useLanAddress(ask);
  const address = shareAddress(window.location, lan.data);
  if (ask && lan.isPending)
    return <p className="share-note">Finding this computer&rsquo;s address…</p>;
  return (
    <div className="share-qr">
      <QrCode text={`${address.base}${query}`} label={label} {...(size && { size })} />
      <ShareNote address={address} />
    </div>
  );
}
