/**
 * Presentation mode: large type through a class on <html>, and full screen through the
 * Fullscreen API where the browser allows it (it may refuse, e.g. in an iframe; the large
 * type still applies). Leaving full screen with Esc leaves presentation mode too.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/react.tsx';

export function usePresentation(): void {
  const on = useAppStore((s) => s.view.presentation);
  const setPresentation = useAppStore((s) => s.setPresentation);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presentation', on);
    if (on && !document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().catch(() => undefined);
    } else if (!on && document.fullscreenElement && document.exitFullscreen) {
      document.exitFullscreen().catch(() => undefined);
    }
  }, [on]);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresentation(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresentation]);
}
