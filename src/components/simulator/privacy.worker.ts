/// <reference lib="webworker" />
/**
 * Runs the privacy attacks off the main thread (a membership-inference run trains and queries a
 * victim for seconds). Messages are PrivacyRequest and PrivacyReply (src/lib/extraction/privacy.ts);
 * cancelling terminates the worker.
 */
import { handlePrivacyRequest, type PrivacyRequest } from '../../lib/extraction/privacy';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<PrivacyRequest>) => handlePrivacyRequest(e.data, (m) => scope.postMessage(m));
