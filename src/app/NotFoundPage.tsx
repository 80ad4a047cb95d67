import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { paths } from '../components/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t(($) => $.notFound.title)}</PageTitle>
      <p>{t(($) => $.notFound.body)}</p>
      <Link to={paths.home()}>{t(($) => $.notFound.back)}</Link>
    </>
  );
}
