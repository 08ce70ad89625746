/**
 * The frame every course screen uses (issue 10): the guard (loading / not found, in words), the
 * client's open risk flags first (inline, never a modal, never on paper), and the page or print
 * frame around the screen's own content, which receives the course view model.
 */
import { Link } from 'react-router';
import type { ReactNode } from 'react';

import type { CourseView } from '../domain/course-view';
import { ITEM9_SCREEN_STATEMENT } from '../domain/measures';
import { Notice } from '../ui/notice';
import { WithContents } from '../ui/on-this-page';
import { Page } from '../ui/page';
import { RiskBanner } from '../ui/risk-banner';

import { useCourseContext } from './course-context';
import { CourseHeader, CourseTabs } from './course-header';
import { PrintMargins } from './print-margins';
import type { Paper } from './print-margins';
import { bannerFlags } from './flag-lines';

type Slot = ReactNode | ((view: CourseView) => ReactNode);

interface CourseFrameProps {
  courseId: string;
  title: string | ((view: CourseView) => string);
  subtitle?: Slot;
  actions?: Slot;
  /** Hide the banner's "Assess and acknowledge" link (the risk screen itself). */
  onRiskScreen?: boolean;
  /** A long screen: "On this page" links to its sections (h2 headings with an id). */
  contents?: boolean;
  children: (view: CourseView) => ReactNode;
}

const fill = (slot: Slot | undefined, view: CourseView) =>
  typeof slot === 'function' ? slot(view) : slot;

/** Loading and not-found states of a course screen, in words. */
export function CourseGuard({ state }: { state: 'loading' | 'missing' }) {
  if (state === 'loading') return <p role="status">Loading the course…</p>;
  return (
    <Page title="Course not found">
      <p>
        This course does not exist (it may have been deleted).{' '}
        <Link to="/clients">Back to clients</Link>
      </p>
    </Page>
  );
}

/**
 * Damaged records of the course are never dropped silently: the screen says how many could not
 * be read, and a damaged risk flag is named as such (it might be an open one).
 */
function UnreadableNotice({ view }: { view: CourseView }) {
  const list = view.unreadable ?? [];
  if (list.length === 0) return null;
  const flag = list.some((u) => u.table === 'riskFlags');
  return (
    <div className="no-print">
      <Notice
        tone={flag ? 'danger' : 'warning'}
        title={`${list.length} stored record${list.length === 1 ? '' : 's'} of this client could not be read`}
      >
        {flag ? (
          <p>
            <strong>
              One of them is a risk flag, which may be open: review risk with the client directly.
            </strong>
          </p>
        ) : null}
        <p>The rest of the screen is shown. Restoring a recent backup may repair them.</p>
        <ul>
          {list.slice(0, 5).map((u, i) => (
            <li key={i}>{u.sentence}</li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}

/** The client's open flags, first on the screen until acknowledged; never printed. */
export function CourseRiskBanner({
  view,
  onRiskScreen = false,
}: {
  view: CourseView;
  onRiskScreen?: boolean;
}) {
  return (
    <>
      <UnreadableNotice view={view} />
      <div className="no-print">
        <RiskBanner
          flags={bannerFlags(view.openFlags)}
          contacts={view.contacts}
          screenNote={ITEM9_SCREEN_STATEMENT}
          {...(onRiskScreen
            ? {}
            : {
                action: <Link to={`/courses/${view.course.id}/risk`}>Assess and acknowledge</Link>,
              })}
        />
      </div>
    </>
  );
}

/**
 * What opens every course screen under its heading: the client's open flags first, then the
 * client and course line and the course's sections (neither printed).
 */
export function CourseTop({
  view,
  onRiskScreen = false,
}: {
  view: CourseView;
  onRiskScreen?: boolean;
}) {
  return (
    <>
      <CourseRiskBanner view={view} onRiskScreen={onRiskScreen} />
      <CourseHeader view={view} />
      <CourseTabs view={view} />
    </>
  );
}

/**
 * A course screen: guard, page heading, open flags first, the client and course line and the
 * course's sections (never printed), then the screen's content.
 */
export function CourseFrame(props: CourseFrameProps) {
  const context = useCourseContext(props.courseId);
  if (context.state !== 'ready') return <CourseGuard state={context.state} />;
  const { view } = context;
  return (
    <Page
      title={typeof props.title === 'function' ? props.title(view) : props.title}
      subtitle={fill(props.subtitle, view)}
      actions={fill(props.actions, view)}
    >
      <CourseTop view={view} onRiskScreen={props.onRiskScreen ?? false} />
      {props.contents ? <WithContents>{props.children(view)}</WithContents> : props.children(view)}
    </Page>
  );
}

interface CoursePrintFrameProps {
  courseId: string;
  title: string | ((view: CourseView) => string);
  /** The "Client: …" line; the client code unless the page says otherwise (handouts). */
  clientText?: (view: CourseView) => string;
  backTo: (view: CourseView) => string;
  /**
   * Whose paper it is, for the page margins: a clinical record (the default: code, clinician,
   * date), a client handout (no code), or the de-identified supervision pack (no date).
   */
  paper?: Paper;
  children: (view: CourseView) => ReactNode;
}

/** A print view of a course: guard, Print and Back controls that never print, then the pages. */
export function CoursePrintFrame(props: CoursePrintFrameProps) {
  const context = useCourseContext(props.courseId);
  if (context.state !== 'ready') return <CourseGuard state={context.state} />;
  const { view } = context;
  const text = props.clientText ? props.clientText(view) : view.client.code;
  // A handout is headed for the client: their name when the therapist opted in, never the code.
  const clientText = props.paper === 'handout' && text === view.client.code ? '' : text;
  return (
    <Page
      title={typeof props.title === 'function' ? props.title(view) : props.title}
      subtitle={
        clientText ? (
          <span className="print-client">
            {props.paper === 'handout' ? `For ${clientText}` : `Client: ${clientText}`}
          </span>
        ) : undefined
      }
      actions={
        <>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <Link className="button" to={props.backTo(view)}>
            Back
          </Link>
        </>
      }
    >
      <PrintMargins code={view.client.code} {...(props.paper ? { paper: props.paper } : {})} />
      <CourseRiskBanner view={view} />
      {props.children(view)}
    </Page>
  );
}
