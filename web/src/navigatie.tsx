// A small router on the History API: the app has few screens and needs no library for them. Links are
// real <a href> elements, so that opening in a new tab and keyboard use work as everywhere else.

import { useEffect, useRef, useState, type AnchorHTMLAttributes, type MouseEvent } from "react";

const luisteraars = new Set<() => void>();
// Screens with unsaved changes: leaving them (a link, back, closing the tab) asks first.
const onopgeslagen = new Set<{ current: boolean }>();
const VRAAG = "U heeft wijzigingen die nog niet zijn opgeslagen. Wilt u weggaan zonder op te slaan?";
let huidig = location.pathname + location.search;

/** True when nothing unsaved is on screen, or the user agrees to leave it. */
export function magWeggaan(): boolean {
  for (const w of onopgeslagen) if (w.current) return window.confirm(VRAAG);
  return true;
}

/** Marks the screen as holding unsaved changes while `gewijzigd` is true. */
export function useOnopgeslagenWijzigingen(gewijzigd: boolean) {
  const ref = useRef(gewijzigd);
  ref.current = gewijzigd;
  useEffect(() => {
    onopgeslagen.add(ref);
    return () => {
      onopgeslagen.delete(ref);
    };
  }, []);
}

window.addEventListener("beforeunload", (e) => {
  for (const w of onopgeslagen) if (w.current) e.preventDefault();
});
window.addEventListener("popstate", () => {
  if (!magWeggaan()) {
    history.pushState(null, "", huidig);
    return;
  }
  huidig = location.pathname + location.search;
  luisteraars.forEach((l) => l());
});

/** Goes to `pad` in the app. A program's own navigation (after a save, say) does not ask; links do. */
export function navigeer(pad: string, vervangen = false) {
  if (vervangen) history.replaceState(null, "", pad);
  else history.pushState(null, "", pad);
  huidig = location.pathname + location.search;
  luisteraars.forEach((l) => l());
  window.scrollTo(0, 0);
}

export function useLocatie(): { pad: string; zoek: URLSearchParams } {
  const [, ververs] = useState(0);
  useEffect(() => {
    const l = () => ververs((n) => n + 1);
    luisteraars.add(l);
    return () => {
      luisteraars.delete(l);
    };
  }, []);
  return { pad: location.pathname, zoek: new URLSearchParams(location.search) };
}

export function AppLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    // A link to a place on this page ("#…") is the browser's own business.
    if (href.startsWith("#")) return;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (magWeggaan()) navigeer(href);
  };
  const { className, ...overig } = rest;
  return <a className={className ?? "utrecht-link utrecht-link--html-a"} href={href} onClick={klik} {...overig} />;
}
