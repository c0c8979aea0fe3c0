import { lazy, Suspense, useEffect, useRef, type JSX } from "react";
import { Button, Heading1, Paragraph, SkipLink } from "@utrecht/component-library-react";
import { useSessie } from "./sessie";
import { Vangnet } from "./onderdelen/Vangnet";
import { Werkgemeente } from "./onderdelen/Werkgemeente";
import { MeldingenTeller } from "./onderdelen/MeldingenTeller";
import { Meldingen } from "./schermen/Meldingen";
import { MijnActies } from "./schermen/MijnActies";
import { AppLink, useLocatie } from "./navigatie";
import { MijnHuishoudens } from "./schermen/MijnHuishoudens";
import { Huishouden } from "./schermen/Huishouden";
import { NieuwHuishouden } from "./schermen/NieuwHuishouden";
import { Taxatie } from "./schermen/Taxatie";
import { Ondersteuningsplan } from "./schermen/Ondersteuningsplan";
import { Veiligheidsplan } from "./schermen/Veiligheidsplan";
import { Veiligheid } from "./schermen/Veiligheid";
import { Escalaties } from "./schermen/Escalaties";
import { Kader } from "./schermen/Kader";
import { Crisislaag } from "./schermen/Crisislaag";
import { Geschiedenis } from "./schermen/Geschiedenis";
import { Afdrukken } from "./schermen/Afdrukken";
import { Manager } from "./schermen/Manager";
import { NoodtoegangenBeoordelen } from "./onderdelen/Noodtoegang";
import { Implementatieplan, Implementatieplannen } from "./schermen/Implementatie";
import { Basiseisen } from "./schermen/Basiseisen";
import { Competenties } from "./schermen/Competenties";
import { Beheer } from "./schermen/Beheer";
import { Logboek } from "./schermen/Logboek";

// The dashboards carry the chart library: loaded when first opened, not with the app.
const Monitoring = lazy(() => import("./schermen/Monitoring").then((m) => ({ default: m.Monitoring })));
const Jaarverslag = lazy(() => import("./schermen/Jaarverslag").then((m) => ({ default: m.Jaarverslag })));

// The app's own URLs: household ids are opaque, never names.
const routes: [RegExp, (id: string) => JSX.Element][] = [
  [/^\/huishoudens\/([a-z2-7]{26})$/, (id) => <Huishouden id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/taxatie$/, (id) => <Taxatie id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/ondersteuningsplan$/, (id) => <Ondersteuningsplan id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/veiligheidsplan$/, (id) => <Veiligheidsplan id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/veiligheid$/, (id) => <Veiligheid id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/escalaties$/, (id) => <Escalaties id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/kader$/, (id) => <Kader id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/crisislaag$/, (id) => <Crisislaag id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/geschiedenis$/, (id) => <Geschiedenis id={id} />],
  [/^\/huishoudens\/([a-z2-7]{26})\/afdrukken$/, (id) => <Afdrukken id={id} />],
  [/^\/implementatie\/([a-z2-7]{26})$/, (id) => <Implementatieplan id={id} />],
];

const rolNaam: Record<string, string> = {
  agendahouder: "agendahouder", aandachtsfunctionaris: "aandachtsfunctionaris", beheerder: "beheerder",
  privacyfunctionaris: "functionaris gegevensbescherming",
};

function Scherm({ pad, rollen }: { pad: string; rollen: string[] }) {
  const laden = <p role="status">Laden…</p>;
  const werktMetHuishoudens = rollen.includes("regisseur") || rollen.includes("manager");
  const volgtDeInvoering = rollen.includes("agendahouder") || rollen.includes("aandachtsfunctionaris");
  // Each role starts where it can work: a regisseur with his households, a manager with his team, the
  // agendahouder and aandachtsfunctionaris with the implementation; a beheerder gets a word of explanation.
  if (pad === "/" && !werktMetHuishoudens && volgtDeInvoering) return <Implementatieplannen />;
  if ((pad === "/" || pad === "/logboek") && rollen.includes("privacyfunctionaris")) return <Logboek />;
  if (pad === "/" && !werktMetHuishoudens) {
    return (
      <>
        <Heading1>Welkom bij Regie</Heading1>
        <Paragraph>
          U bent ingelogd als {rollen.map((r) => rolNaam[r] ?? r).join(" en ")}. Met die rol ziet u geen
          huishoudens: die zijn alleen voor de professionals die erbij betrokken zijn en hun managers.
          Medewerkers, accounts, de tweede factor, inlogpogingen, API-tokens, organisaties en teams beheert u
          onder Beheer. De normen per niveau van een organisatie wijzigt u voorlopig via de API (zie de README).
        </Paragraph>
        {rollen.includes("beheerder") && (
          <Paragraph><AppLink href="/beheer">Naar het beheer van accounts en inloggen</AppLink></Paragraph>
        )}
      </>
    );
  }
  if (pad === "/") return rollen.includes("regisseur") ? <MijnHuishoudens /> : <Manager />;
  if (pad === "/huishoudens/nieuw") return <NieuwHuishouden />;
  if (pad === "/team") return <Manager />;
  if (pad === "/meldingen") return <Meldingen />;
  if (pad === "/acties") return <MijnActies />;
  if (pad === "/noodtoegang") return <><Heading1>Noodtoegang</Heading1><NoodtoegangenBeoordelen /></>;
  if (pad === "/implementatie") return <Implementatieplannen />;
  if (pad === "/basiseisen") return <Basiseisen />;
  if (pad === "/competenties") return <Competenties />;
  if (pad === "/beheer") return <Beheer />;
  if (pad === "/monitoring") return <Suspense fallback={laden}><Monitoring /></Suspense>;
  if (pad === "/monitoring/jaarverslag") {
    const jaar = new URLSearchParams(location.search).get("jaar") ?? String(new Date().getFullYear());
    return <Suspense fallback={laden}><Jaarverslag jaar={/^\d{4}$/.test(jaar) ? jaar : String(new Date().getFullYear())} /></Suspense>;
  }
  for (const [patroon, scherm] of routes) {
    const m = patroon.exec(pad);
    if (m) return scherm(m[1]);
  }
  return (
    <>
      <Heading1>Deze pagina bestaat niet</Heading1>
      <Paragraph>
        <AppLink href="/">Naar mijn huishoudens</AppLink>
      </Paragraph>
    </>
  );
}

/** Each screen's heading names the page (the tab's title); after moving to another screen the focus goes to
 *  that heading, so that a screen reader starts there. The first screen keeps the focus where the browser
 *  puts it (the skip link comes first). Screens load their data first: the heading is awaited. */
function usePaginaKop(pad: string) {
  const eerste = useRef(true);
  useEffect(() => {
    const inhoud = document.getElementById("inhoud");
    if (!inhoud) return;
    let focusNogZetten = !eerste.current;
    eerste.current = false;
    const bij = () => {
      const kop = inhoud.querySelector("h1");
      if (!kop) return;
      document.title = `${kop.textContent} · Regie`;
      if (focusNogZetten) {
        focusNogZetten = false;
        kop.setAttribute("tabindex", "-1");
        kop.focus({ preventScroll: true });
      }
    };
    bij();
    const waarnemer = new MutationObserver(bij);
    waarnemer.observe(inhoud, { subtree: true, childList: true, characterData: true });
    return () => waarnemer.disconnect();
  }, [pad]);
}

export function App() {
  const { ik, tweedeFactorVerplicht, uitloggen } = useSessie();
  const { pad } = useLocatie();
  usePaginaKop(pad);
  return (
    <div className="regie-pagina">
      <SkipLink href="#inhoud" className="regie-skiplink">Naar de inhoud</SkipLink>
      <header className="regie-kop">
        <AppLink href="/" className="regie-kop__merk">Regie</AppLink>
        <nav aria-label="Hoofdmenu">
          {ik.rollen.includes("regisseur") && (
            <AppLink href="/" aria-current={pad === "/" ? "page" : undefined}>Mijn huishoudens</AppLink>
          )}
          {ik.rollen.includes("regisseur") && (
            <AppLink href="/acties" aria-current={pad === "/acties" ? "page" : undefined}>Mijn acties</AppLink>
          )}
          {ik.rollen.includes("manager") && (
            <AppLink href={ik.rollen.includes("regisseur") ? "/team" : "/"}
              aria-current={pad === "/team" || (pad === "/" && !ik.rollen.includes("regisseur")) ? "page" : undefined}>Mijn team</AppLink>
          )}
          {(ik.rollen.includes("agendahouder") || ik.rollen.includes("aandachtsfunctionaris")) && (
            <AppLink href="/implementatie" aria-current={pad.startsWith("/implementatie") ? "page" : undefined}>Implementatie</AppLink>
          )}
          {(ik.rollen.includes("agendahouder") || ik.rollen.includes("aandachtsfunctionaris")) && (
            <AppLink href="/monitoring" aria-current={pad.startsWith("/monitoring") ? "page" : undefined}>Monitoring</AppLink>
          )}
          {(ik.rollen.includes("agendahouder") || ik.rollen.includes("aandachtsfunctionaris") || ik.rollen.includes("manager")) && (
            <AppLink href="/basiseisen" aria-current={pad === "/basiseisen" ? "page" : undefined}>Basiseisen</AppLink>
          )}
          {ik.rollen.includes("aandachtsfunctionaris") && !ik.rollen.includes("manager") && (
            <AppLink href="/noodtoegang" aria-current={pad === "/noodtoegang" ? "page" : undefined}>Noodtoegang</AppLink>
          )}
          {ik.rollen.includes("beheerder") && (
            <AppLink href="/beheer" aria-current={pad === "/beheer" ? "page" : undefined}>Beheer</AppLink>
          )}
          {ik.rollen.includes("privacyfunctionaris") && (
            <AppLink href="/logboek" aria-current={pad === "/logboek" ? "page" : undefined}>Logboek</AppLink>
          )}
          <MeldingenTeller />
          {(ik.rollen.includes("aandachtsfunctionaris") || ik.rollen.includes("manager")) && (
            <AppLink href="/competenties" aria-current={pad === "/competenties" ? "page" : undefined}>Competenties</AppLink>
          )}
        </nav>
        <div className="regie-kop__gebruiker">
          <Werkgemeente ik={ik} />
          <span>
            {ik.naam}
            <span className="regie-kop__organisatie">{ik.organisatie}</span>
          </span>
          <Button appearance="subtle-button" onClick={() => void uitloggen()}>Uitloggen</Button>
        </div>
      </header>
      {!tweedeFactorVerplicht && (
        <p className="regie-demo-melding" role="note">
          Demo-instelling: in deze gemeente logt men in met alleen een wachtwoord. Een echte gemeente vraagt
          ook een code uit een app.
        </p>
      )}
      <main id="inhoud" className="regie-inhoud" tabIndex={-1}>
        <Vangnet key={pad}>
          <Scherm pad={pad} rollen={ik.rollen} />
        </Vangnet>
      </main>
    </div>
  );
}
