// A mail server for the browser tests, on a free loopback port: accepts every mail the server sends about
// notifications and keeps it, so that a test can check what left Regie. Plain SMTP, no TLS (loopback).

import { createServer } from "node:net";

export async function mailbak() {
  const mails = [];
  const server = createServer((socket) => {
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let mail = { aan: [], inhoud: "" };
    const zeg = (regel) => socket.write(`${regel}\r\n`);
    zeg("220 mailbak ESMTP");
    socket.on("data", (stuk) => {
      buffer += stuk;
      for (;;) {
        if (inData) {
          const einde = buffer.indexOf("\r\n.\r\n");
          if (einde < 0) return;
          mail.inhoud = buffer.slice(0, einde);
          buffer = buffer.slice(einde + 5);
          inData = false;
          mails.push(mail);
          mail = { aan: [], inhoud: "" };
          zeg("250 Aangenomen");
          continue;
        }
        const einde = buffer.indexOf("\r\n");
        if (einde < 0) return;
        const regel = buffer.slice(0, einde);
        buffer = buffer.slice(einde + 2);
        const opdracht = regel.slice(0, 4).toUpperCase();
        if (opdracht === "EHLO") zeg("250 mailbak");
        else if (opdracht === "RCPT") { mail.aan.push(regel.replace(/^.*<|>.*$/g, "")); zeg("250 OK"); }
        else if (opdracht === "DATA") { inData = true; zeg("354 Ga uw gang"); }
        else if (opdracht === "QUIT") { zeg("221 Tot ziens"); socket.end(); return; }
        else zeg("250 OK");
      }
    });
    socket.on("error", () => {});
  });
  await new Promise((klaar) => server.listen(0, "127.0.0.1", klaar));
  return { url: `smtp://127.0.0.1:${server.address().port}`, mails, sluiten: () => server.close() };
}
