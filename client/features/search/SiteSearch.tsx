import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import { unitName } from '../units/unit-name';

// Finding a unit among hundreds by part of its name (Chinese or English) or code, and a complaint by
// its ref, from one box. Units come from the API's searchUnits, which offers only units the viewer
// may see; a complaint is looked up by its exact ref (the number a customer or colleague quotes).

const SiteSearchUnitsQuery = graphql(`
  query SiteSearchUnits($text: String!, $at: Date) {
    searchUnits(text: $text, first: 8, at: $at) {
      code
      nameZh
      nameEn
      level(at: $at)
    }
  }
`);

const SiteSearchComplaintQuery = graphql(`
  query SiteSearchComplaint($ref: String!) {
    complaint(ref: $ref) {
      ref
      unit {
        code
        nameZh
        nameEn
      }
    }
  }
`);

/** What a complaint ref may look like: letters, digits, - and _, at least four of them. */
const REF = /^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$/;
const DEBOUNCE_MS = 250;

export interface SiteSearchProps {
  /** The tree's date the units are searched on; today by default. */
  at?: string;
  unitHref: (code: string) => string;
  /** Where a complaint opens; without it complaints are not searched. */
  complaintHref?: (ref: string) => string;
  onOpen: (href: string) => void;
  label: string;
  placeholder: string;
  style?: React.CSSProperties;
  autoFocus?: boolean;
}

export function SiteSearch({
  at,
  unitHref,
  complaintHref,
  onOpen,
  label,
  placeholder,
  style,
  autoFocus,
}: SiteSearchProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const [units] = useQuery({ query: SiteSearchUnitsQuery, variables: { text: asked, at }, pause: asked === '' });
  const searchRefs = !!complaintHref && REF.test(asked);
  const [complaint] = useQuery({ query: SiteSearchComplaintQuery, variables: { ref: asked }, pause: !searchRefs });

  const found = asked === '' ? [] : (units.data?.searchUnits ?? []);
  const ref = searchRefs ? complaint.data?.complaint : null;
  const options = [
    ...(found.length
      ? [
          {
            label: t('search.units'),
            options: found.map((unit) => ({
              value: unitHref(unit.code),
              label: (
                <span>
                  {unitName(unit, language)}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[unit.level && t(`level.${unit.level}`), unit.code].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </span>
              ),
            })),
          },
        ]
      : []),
    ...(ref && complaintHref
      ? [
          {
            label: t('search.complaints'),
            options: [
              {
                value: complaintHref(ref.ref),
                label: (
                  <span>
                    {t('search.complaint', { ref: ref.ref })}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {unitName(ref.unit, language)}
                    </Typography.Text>
                  </span>
                ),
              },
            ],
          },
        ]
      : []),
  ];
  const searching = text.trim() !== asked || units.fetching || (searchRefs && complaint.fetching);

  return (
    <AutoComplete<string>
      value={text}
      options={options}
      onChange={(value) => setText(value)}
      onSelect={(href: string) => {
        setText('');
        setAsked('');
        onOpen(href);
      }}
      notFoundContent={text.trim() === '' ? null : searching ? t('search.searching') : t('search.none')}
      popupMatchSelectWidth={false}
      allowClear
      autoFocus={autoFocus}
      aria-label={label}
      placeholder={placeholder}
      prefix={<SearchOutlined />}
      style={{ width: 280, maxWidth: '100%', ...style }}
    />
  );
}
