// What every page of a bilan shows when that bilan is not on this device (deleted, or a stale link).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';
import { paths } from './paths';

/** Without `title`, the page has already shown its own. */
export function BilanNotFound({ title }: { readonly title?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {title !== undefined && <PageTitle>{title}</PageTitle>}
      <p>{t(($) => $.questionnaire.notFound)}</p>
      <Link to={paths.home()}>{t(($) => $.questionnaire.backHome)}</Link>
    </>
  );
}
