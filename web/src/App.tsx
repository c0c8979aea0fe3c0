import { Button, Heading1, Paragraph, SkipLink } from "@utrecht/component-library-react";
import { useSessie } from "./sessie";
import { AppLink, useLocatie } from "./navigatie";
import { MijnHuishoudens } from "./schermen/MijnHuishoudens";
import { Huishouden } from "./schermen/Huishouden";

function Scherm({ pad }: { pad: string }) {
  if (pad === "/") return <MijnHuishoudens />;
  const huishouden = /^\/huishoudens\/([a-z2-7]{26})$/.exec(pad);
  if (huishouden) return <Huishouden id={huishouden[1]} />;
  return (
    <>
      <Heading1>Deze pagina bestaat niet</Heading1>
      <Paragraph>
        <AppLink href="/">Naar mijn huishoudens</AppLink>
      </Paragraph>
    </>
  );
}

export function App() {
  const { ik, uitloggen } = useSessie();
  const { pad } = useLocatie();
  return (
    <div className="regie-pagina">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="regie-kop">
        <AppLink href="/" className="regie-kop__merk">Regie</AppLink>
        <nav aria-label="Hoofdmenu">
          <AppLink href="/" aria-current={pad === "/" ? "page" : undefined}>Mijn huishoudens</AppLink>
        </nav>
        <div className="regie-kop__gebruiker">
          <span>
            {ik.naam}
            <span className="regie-kop__organisatie">{ik.organisatie}</span>
          </span>
          <Button appearance="subtle-button" onClick={() => void uitloggen()}>Uitloggen</Button>
        </div>
      </header>
      <main id="inhoud" className="regie-inhoud" tabIndex={-1}>
        <Scherm pad={pad} />
      </main>
    </div>
  );
}
