// A small router on the History API: the app has few screens and needs no library for them. Links are
// real <a href> elements, so that opening in a new tab and keyboard use work as everywhere else.

import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from "react";

const luisteraars = new Set<() => void>();

export function navigeer(pad: string, vervangen = false) {
  if (vervangen) history.replaceState(null, "", pad);
  else history.pushState(null, "", pad);
  luisteraars.forEach((l) => l());
  window.scrollTo(0, 0);
}

export function useLocatie(): { pad: string; zoek: URLSearchParams } {
  const [, ververs] = useState(0);
  useEffect(() => {
    const l = () => ververs((n) => n + 1);
    luisteraars.add(l);
    window.addEventListener("popstate", l);
    return () => {
      luisteraars.delete(l);
      window.removeEventListener("popstate", l);
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
    navigeer(href);
  };
  const { className, ...overig } = rest;
  return <a className={className ?? "utrecht-link utrecht-link--html-a"} href={href} onClick={klik} {...overig} />;
}
