import { Button } from "@utrecht/component-library-react";

interface Props {
  pagina: number;
  aantalPaginas: number;
  totaal: number;
  naar: (pagina: number) => void;
}

export function Paginering({ pagina, aantalPaginas, totaal, naar }: Props) {
  if (aantalPaginas <= 1) return null;
  return (
    <nav className="regie-paginering" aria-label="Paginering">
      <Button appearance="secondary-action-button" disabled={pagina <= 1} onClick={() => naar(pagina - 1)}>
        Vorige
      </Button>
      <span aria-live="polite">
        Pagina {pagina} van {aantalPaginas} ({totaal} in totaal)
      </span>
      <Button appearance="secondary-action-button" disabled={pagina >= aantalPaginas} onClick={() => naar(pagina + 1)}>
        Volgende
      </Button>
    </nav>
  );
}
