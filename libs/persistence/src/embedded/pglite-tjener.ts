import { createServer, type Server, type Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { PGlite } from '@electric-sql/pglite';
import { strompar, type InternStrom } from './intern-forbindelse.js';

/**
 * PGlite on a loopback port, speaking the PostgreSQL wire protocol to any number of connections.
 *
 * PGlite has one session. A connection therefore has it to itself from its first message until a point
 * where another may safely take over: after a Sync or a simple Query, and only outside a transaction. So
 * the extended protocol's Parse/Bind/Execute of two connections never interleave (their unnamed statements
 * would collide), and a transaction runs to COMMIT or ROLLBACK before anything else touches the database,
 * which is what makes tenant transactions isolated here.
 */
const logger = new Logger('PgliteTjener');
const melding = (e: unknown) => (e instanceof Error ? e.message : String(e));

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

export interface PgliteTjener {
  port: number;
  /** A connection from this process without a socket (see intern-forbindelse.ts). */
  kobleTil(): InternStrom;
  stopp(): Promise<void>;
}

/** Listens on a free port on 127.0.0.1 (loopback only: the demo's own processes). */
export async function startPgliteTjener(db: PGlite): Promise<PgliteTjener> {
  type Forbindelse = Socket | InternStrom;
  let eier: Forbindelse | null = null;
  // Connections waiting for the session, first come first served; the session is handed straight to the next.
  const ko: { s: Forbindelse; fortsett: () => void }[] = [];
  const forbindelser = new Set<Forbindelse>();

  const taSesjonen = (s: Forbindelse): Promise<void> | void => {
    if (eier === null || eier === s) {
      eier = s;
      return;
    }
    return new Promise<void>((fortsett) => ko.push({ s, fortsett }));
  };
  const slippSesjonen = (s: Forbindelse) => {
    if (eier !== s) return;
    const neste = ko.shift();
    eier = neste?.s ?? null;
    neste?.fortsett();
  };

  const betjen = (s: Forbindelse) => {
    forbindelser.add(s);
    s.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let oppstartFerdig = false;
    let kjede = Promise.resolve();

    // Runs a batch of whole messages in one call into PGlite (one Parse/Bind/Describe/Execute/Sync round is
    // one call, not five), then lets another connection in if the batch ended where that is safe.
    const utfor = async (meldinger: Buffer, sisteType: number | null) => {
      await taSesjonen(s);
      // The replies of a batch go out in one write (one per message costs more than the query itself). The
      // chunks are views into PGlite's memory, which the next message reuses: copy them.
      const svar: Uint8Array[] = [];
      await db.execProtocolRawStream(new Uint8Array(meldinger), { onRawData: (d) => void svar.push(Buffer.from(d)) });
      if (s.writable && svar.length) s.write(svar.length === 1 ? svar[0] : Buffer.concat(svar));
      if ((sisteType === null || sisteType === SYNC || sisteType === QUERY || sisteType === TERMINATE) && !db.isInTransaction()) slippSesjonen(s);
    };
    const kjor = (meldinger: Buffer, sisteType: number | null) => {
      // Messages of one connection run in order; the session lock decides between connections.
      // A message PGlite cannot run ends the connection (the client sees it close); the log says why.
      kjede = kjede
        .then(() => utfor(meldinger, sisteType))
        .catch((e) => {
          logger.warn({ err: melding(e) }, 'Protokollfeil i den innebygde databasen; forbindelsen lukkes');
          s.destroy();
        });
    };

    s.on('data', (data: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, data]) : data;
      // Before the startup message: SSL/GSS requests (answered "no") and cancel requests (not supported).
      while (!oppstartFerdig) {
        if (buffer.length < 8) return;
        const lengde = buffer.readInt32BE(0);
        if (buffer.length < lengde) return;
        const kode = buffer.readInt32BE(4);
        const melding = Buffer.from(buffer.subarray(0, lengde));
        buffer = buffer.subarray(lengde);
        if (kode === SSL_REQUEST || kode === GSS_REQUEST) {
          s.write('N'); // no encryption on loopback
        } else if (kode === CANCEL_REQUEST) {
          s.end();
          return;
        } else {
          oppstartFerdig = true;
          kjor(melding, null);
        }
      }
      let slutt = 0;
      let sisteType = 0;
      while (buffer.length - slutt >= 5) {
        const lengde = 1 + buffer.readInt32BE(slutt + 1);
        if (buffer.length - slutt < lengde) break;
        sisteType = buffer[slutt];
        slutt += lengde;
      }
      if (slutt === 0) return;
      const meldinger = Buffer.from(buffer.subarray(0, slutt));
      buffer = buffer.subarray(slutt);
      kjor(meldinger, sisteType);
    });

    s.on('error', (e) => {
      logger.warn({ err: melding(e) }, 'Forbindelsen til den innebygde databasen feilet');
      s.destroy();
    });
    s.on('close', () => {
      forbindelser.delete(s);
      // A connection that went away inside a transaction must not leave it open for the next one.
      void kjede.finally(async () => {
        if (eier === s) {
          if (db.isInTransaction()) await db.exec('ROLLBACK').catch(() => undefined);
          slippSesjonen(s);
        }
      });
    });
  };

  const server: Server = createServer(betjen);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const adresse = server.address();
  if (!adresse || typeof adresse === 'string') throw new Error('PGlite-tjeneren fikk ingen port');
  return {
    port: adresse.port,
    kobleTil() {
      const [klient, tjener] = strompar();
      betjen(tjener);
      return klient;
    },
    async stopp() {
      for (const s of forbindelser) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
