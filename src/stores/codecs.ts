/** Every store a backup may hold, with its record codec and its localStorage ladder. */
import type { BackupStore } from '../lib/backup/backup';
import { attemptsCodec, attemptsLegacy } from './attempts';
import { interviewCodec, interviewLegacy } from './interview';
import { labRunsCodec } from './lab-runs';
import { simulatorRunsCodec } from './simulator-runs';
import { threatModelsCodec, threatModelsLegacy } from './threat-models';

export const STORE_CODECS: readonly BackupStore[] = [
  { codec: attemptsCodec, legacy: attemptsLegacy },
  { codec: threatModelsCodec, legacy: threatModelsLegacy },
  { codec: interviewCodec, legacy: interviewLegacy },
  { codec: simulatorRunsCodec },
  { codec: labRunsCodec },
] as unknown as readonly BackupStore[];
