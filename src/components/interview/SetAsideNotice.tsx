/**
 * Tells the panelist when saved interview data could not be read (broken, or from a newer version
 * of the site) and was set aside rather than lost, or when the session is not being saved.
 */
import StorageNotices from '../persist/StorageNotices';
import { INTERVIEW_STORE } from '../../stores/interview';

/** `hydrated` is accepted for the callers' sake; notices appear whenever they are known. */
export default function SetAsideNotice(_props: { hydrated?: boolean }) {
  return <StorageNotices store={INTERVIEW_STORE} />;
}
