import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./stijl/utrecht";
import "./stijl/thema.css";
import "./stijl/app.css";
import { SessieProvider } from "./sessie";
import { App } from "./App";
import { PortaalApp } from "./portaal/PortaalApp";

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    {location.pathname.startsWith("/portaal") ? (
      <PortaalApp />
    ) : (
      <SessieProvider>
        <App />
      </SessieProvider>
    )}
  </StrictMode>,
);
