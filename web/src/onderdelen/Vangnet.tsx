import { Component, type ReactNode } from "react";

/** If a screen fails to render, say so in Dutch instead of leaving a blank page; the rest keeps working. */
export class Vangnet extends Component<{ children: ReactNode }, { fout: boolean }> {
  state = { fout: false };

  static getDerivedStateFromError() {
    return { fout: true };
  }

  render() {
    if (!this.state.fout) return this.props.children;
    return (
      <div role="alert" className="regie-los">
        <h1 className="utrecht-heading-1">Dit scherm kon niet worden getoond</h1>
        <p className="utrecht-paragraph">
          Er ging iets mis in Regie. Wat u had opgeslagen, is bewaard. <a className="utrecht-link" href="/">Ga naar uw huishoudens</a> en probeer het opnieuw.
        </p>
      </div>
    );
  }
}
