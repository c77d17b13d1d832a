import { Grunnmur1764000000000 } from './1764000000000-grunnmur.js';
import { Saksbehandling1764000001000 } from './1764000001000-saksbehandling.js';
import { Vedtak1764000002000 } from './1764000002000-vedtak.js';
import { Likebehandling1764000003000 } from './1764000003000-likebehandling.js';
import { Rapporter1764000004000 } from './1764000004000-rapporter.js';
import { Ytelse1764000005000 } from './1764000005000-ytelse.js';
import { Klageavslutning1764000006000 } from './1764000006000-klageavslutning.js';
import { Soknadsavvisning1764000007000 } from './1764000007000-soknadsavvisning.js';
import { Idempotens1764000010000 } from './1764000010000-idempotens.js';
import { Rettsgrunnlag1764000020000 } from './1764000020000-rettsgrunnlag.js';
import { Vedtaksgrunnlag1764000021000 } from './1764000021000-vedtaksgrunnlag.js';
import { Innhenting1764000022000 } from './1764000022000-innhenting.js';
import { GjentatteUtgivelser1764000030000 } from './1764000030000-gjentatte-utgivelser.js';
import { Integrasjoner1764000040000 } from './1764000040000-integrasjoner.js';
import { Innbyggersoknad1764000041000 } from './1764000041000-innbyggersoknad.js';
import { NynorskeKriterier1764000050000 } from './1764000050000-nynorske-kriterier.js';
import { Fristoppreisning1764000051000 } from './1764000051000-fristoppreisning.js';
import { Forhandsvarsel1764000052000 } from './1764000052000-forhandsvarsel.js';
import { Hendelser1764000060000 } from './1764000060000-hendelser.js';
import { DokumenterOgSok1764000070000 } from './1764000070000-dokumenter-og-sok.js';
import { RlsEnGangPerSporring1764000080000 } from './1764000080000-rls-en-gang-per-sporring.js';
import { Leveranseforsok1764000095000 } from './1764000095000-leveranseforsok.js';
import { Abonnementer1764000130000 } from './1764000130000-abonnementer.js';
import { GjeldendeVedtak1764000150000 } from './1764000150000-gjeldende-vedtak.js';

/** Every migration in order. Listed explicitly so the build and the CLI agree on what runs. */
export const MIGRATIONS = [Grunnmur1764000000000, Saksbehandling1764000001000, Vedtak1764000002000, Likebehandling1764000003000, Rapporter1764000004000, Ytelse1764000005000, Klageavslutning1764000006000, Soknadsavvisning1764000007000, Idempotens1764000010000, Rettsgrunnlag1764000020000, Vedtaksgrunnlag1764000021000, Innhenting1764000022000, GjentatteUtgivelser1764000030000, Integrasjoner1764000040000, Innbyggersoknad1764000041000, NynorskeKriterier1764000050000, Fristoppreisning1764000051000, Forhandsvarsel1764000052000, Hendelser1764000060000, DokumenterOgSok1764000070000, RlsEnGangPerSporring1764000080000, Leveranseforsok1764000095000, Abonnementer1764000130000, GjeldendeVedtak1764000150000];
