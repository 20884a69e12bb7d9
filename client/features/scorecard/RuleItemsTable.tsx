import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Select, Space, Table, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScorecardItemKind } from '../../gql/graphql';
import { ITEM_KINDS, METRIC_KINDS, newItem, type RuleSetValues } from './rule-set-form';

// The items of a rule set being edited, as a table of rows to add and remove: code, names, kind, max,
// and the parameters of the row's kind (RULES.md §5) — a metric with its basis, channels and
// direction, bands, best and worst, or an incident kind with points each and a cap.

export interface RuleItemsTableProps {
  form: FormInstance<RuleSetValues>;
  /** The metrics to choose from, named in the viewer's language. */
  metricOptions: { value: string; label: string }[];
}

const CHANNELS = ['HOTLINE_95518', 'HQ_REFERRAL', 'REGULATOR_REFERRAL', 'LETTERS_VISITS', 'ONSITE', 'ONLINE'] as const;

export function RuleItemsTable({ form, metricOptions }: RuleItemsTableProps) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('rules.editor.required') }];
  const kinds = ITEM_KINDS.map((kind) => ({ value: kind, label: t(`scorecard.kinds.${kind}`) }));
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 980 }}
            columns={[
              {
                title: t('rules.editor.itemCode'),
                width: 90,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'code']} rules={required} noStyle>
                    <Input aria-label={t('rules.editor.itemCode')} maxLength={16} />
                  </Form.Item>
                ),
              },
              {
                title: t('rules.editor.itemName'),
                width: 170,
                render: (_, field) => (
                  <Flex vertical gap={4}>
                    <Form.Item name={[field.name, 'nameZh']} rules={required} noStyle>
                      <Input aria-label={t('rules.editor.nameZh')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'nameEn']} rules={required} noStyle>
                      <Input aria-label={t('rules.editor.nameEn')} />
                    </Form.Item>
                  </Flex>
                ),
              },
              {
                title: t('rules.editor.kind'),
                width: 130,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'kind']} noStyle>
                    <Select options={kinds} aria-label={t('rules.editor.kind')} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: t('rules.editor.max'),
                width: 90,
                render: (_, field) => (
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      kindOf(form, field.name) === 'DEDUCTION' ? (
                        '—'
                      ) : (
                        <Form.Item name={[field.name, 'max']} rules={required} noStyle>
                          <InputNumber min={0} step={1} aria-label={t('rules.editor.max')} style={{ width: '100%' }} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                ),
              },
              {
                title: t('rules.editor.params'),
                render: (_, field) => (
                  <Form.Item noStyle shouldUpdate>
                    {() => (
                      <ItemParameters name={field.name} kind={kindOf(form, field.name)} metricOptions={metricOptions} />
                    )}
                  </Form.Item>
                ),
              },
              {
                title: '',
                width: 60,
                render: (_, field) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('rules.editor.remove')}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Button icon={<PlusOutlined />} onClick={() => add(newItem())} style={{ alignSelf: 'flex-start' }}>
            {t('rules.editor.addItem')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function kindOf(form: FormInstance<RuleSetValues>, name: number): ScorecardItemKind {
  return (form.getFieldValue(['items', name, 'kind']) as ScorecardItemKind | undefined) ?? 'MANUAL';
}

function ItemParameters({
  name,
  kind,
  metricOptions,
}: {
  name: number;
  kind: ScorecardItemKind;
  metricOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('rules.editor.required') }];
  const number = (field: 'best' | 'worst' | 'pointsEach' | 'cap') => (
    <Form.Item name={[name, field]} rules={required} label={t(`rules.editor.${field}`)} style={{ marginBottom: 0 }}>
      <InputNumber style={{ width: 100 }} />
    </Form.Item>
  );
  if (kind === 'MANUAL') return <span>{t('rules.editor.noParams')}</span>;
  if (kind === 'DEDUCTION')
    return (
      <Flex wrap gap={8}>
        <Form.Item
          name={[name, 'incidentKind']}
          rules={required}
          label={t('rules.editor.incidentKind')}
          style={{ marginBottom: 0 }}
        >
          <Select
            style={{ width: 150 }}
            options={(['MEDIA_EXPOSURE', 'MASS_INCIDENT'] as const).map((value) => ({
              value,
              label: t(`scorecard.incident.${value}`),
            }))}
          />
        </Form.Item>
        {number('pointsEach')}
        {number('cap')}
      </Flex>
    );
  return (
    <Flex vertical gap={4}>
      {METRIC_KINDS.has(kind) && (
        <Flex wrap gap={8}>
          <Form.Item name={[name, 'metric']} rules={required} noStyle>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={metricOptions}
              placeholder={t('rules.editor.metric')}
              aria-label={t('rules.editor.metric')}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item name={[name, 'basis']} noStyle>
            <Select
              aria-label={t('rules.editor.basis')}
              style={{ width: 110 }}
              options={(['ALL', 'ASSESSED'] as const).map((value) => ({
                value,
                label: t(`rules.editor.basisValue.${value}`),
              }))}
            />
          </Form.Item>
          {(kind === 'METRIC_BAND' || kind === 'RANK') && (
            <Form.Item name={[name, 'better']} noStyle>
              <Select
                aria-label={t('rules.editor.better')}
                style={{ width: 110 }}
                options={(['LOWER', 'HIGHER'] as const).map((value) => ({
                  value,
                  label: t(`rules.editor.betterValue.${value}`),
                }))}
              />
            </Form.Item>
          )}
          <Form.Item name={[name, 'channels']} noStyle>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('rules.editor.channels')}
              aria-label={t('rules.editor.channels')}
              style={{ minWidth: 160 }}
              options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            />
          </Form.Item>
        </Flex>
      )}
      {kind === 'METRIC_LINEAR' && (
        <Flex wrap gap={8}>
          {number('best')}
          {number('worst')}
        </Flex>
      )}
      {(kind === 'METRIC_BAND' || kind === 'CHANGE_RATE') && <Bands name={name} />}
    </Flex>
  );
}

function Bands({ name }: { name: number }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('rules.editor.required') }];
  return (
    <Form.List name={[name, 'bands']}>
      {(bands, { add, remove }) => (
        <Flex wrap gap={8} align="center">
          <span>{t('rules.editor.bands')}</span>
          {bands.map((band) => (
            <Space.Compact key={band.key}>
              <Form.Item name={[band.name, 'threshold']} rules={required} noStyle>
                <InputNumber
                  placeholder={t('rules.editor.threshold')}
                  aria-label={t('rules.editor.threshold')}
                  style={{ width: 90 }}
                />
              </Form.Item>
              <Form.Item name={[band.name, 'points']} rules={required} noStyle>
                <InputNumber
                  placeholder={t('rules.editor.points')}
                  aria-label={t('rules.editor.points')}
                  style={{ width: 80 }}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('rules.editor.remove')}
                onClick={() => remove(band.name)}
              />
            </Space.Compact>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('rules.editor.addBand')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
