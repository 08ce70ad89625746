/**
 * A last net for errors no handler caught (issue 10 item 2): an unhandled promise rejection shows
 * an inline alert at the top of the page, in words, instead of failing silently.
 */
import { useEffect, useState } from 'react';

import { sentenceOf } from './errors';

/** Listens for unhandled rejections while mounted and shows the latest one's sentence. */
export function EscapedErrors() {
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      console.error(event.reason);
      setMessage(sentenceOf(event.reason));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  if (!message) return null;
  return (
    <div className="escaped-error no-print" role="alert">
      <p>Something did not work: {message}</p>
      <button type="button" onClick={() => setMessage(undefined)}>
        Dismiss
      </button>
    </div>
  );
}
