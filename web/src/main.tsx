import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./stijl/utrecht";
import "./stijl/thema.css";
import "./stijl/app.css";
import { SessieProvider } from "./sessie";
import { App } from "./App";

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <SessieProvider>
      <App />
    </SessieProvider>
  </StrictMode>,
);
