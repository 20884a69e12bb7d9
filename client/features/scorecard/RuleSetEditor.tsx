import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../components/error-code';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formValues, maximaSum, saveInput, type RuleSetValues, type StoredRuleSet } from './rule-set-form';
import { RuleItemsTable } from './RuleItemsTable';

// HQ_ADMIN edits a scorecard rule set (RULES.md §5) in a drawer: its names, dates, total, peers,
// status and items. Saved over the version edited, or as a new version; the server decides whether
// the version may still change (not once a submitted report used it) and its refusal is shown as said.
export const RuleSetEditor_ruleSet = graphql(`
  fragment RuleSetEditor_ruleSet on ScorecardRuleSet {
    code
    version
    name {
      zh
      en
    }
    effectiveFrom
    effectiveTo
    total
    peerLevel
    peerParent
    status
    items {
      code
      name {
        zh
        en
      }
      kind
      max
      metric
      basis
      channels
      better
      bands {
        threshold
        points
      }
      best
      worst
      incidentKind
      pointsEach
      cap
    }
  }
`);

const SaveScorecardRuleSetMutation = graphql(`
  mutation SaveScorecardRuleSet($input: ScorecardRuleSetInput!) {
    saveScorecardRuleSet(input: $input) {
      code
      version
    }
  }
`);

export interface RuleSetEditorProps {
  /** The version to edit; null: a new rule set. */
  ruleSet: FragmentType<typeof RuleSetEditor_ruleSet> | null;
  metricOptions: { value: string; label: string }[];
  onClose: () => void;
  /** After a save, so the list is read again. */
  onSaved: () => void;
}

const LEVELS = ['HQ', 'PROVINCE', 'CITY', 'COUNTY'] as const;

export function RuleSetEditor({ ruleSet: masked, metricOptions, onClose, onSaved }: RuleSetEditorProps) {
  const stored = getFragmentData(RuleSetEditor_ruleSet, masked) as StoredRuleSet | null;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, save] = useMutation(SaveScorecardRuleSetMutation);
  const [form] = Form.useForm<RuleSetValues>();
  const items = Form.useWatch('items', form);
  const total = Form.useWatch('total', form) as number | undefined;
  const peers = Form.useWatch('peers', form);
  const required = [{ required: true, message: t('rules.editor.required') }];

  const submit = async (values: RuleSetValues) => {
    const result = await save({ input: saveInput(values, stored?.version ?? null) });
    const saved = result.data?.saveScorecardRuleSet;
    if (!saved) return;
    void message.success(t('rules.editor.saved', { code: saved.code, version: saved.version }));
    onSaved();
    onClose();
  };

  return (
    <Drawer
      open
      size="min(1100px, 100vw)"
      title={
        stored
          ? t('rules.editor.editTitle', { code: stored.code, version: stored.version })
          : t('rules.editor.newTitle')
      }
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex vertical gap={8}>
          {/* The server's refusal beside the button that asked, whatever the form's scroll. */}
          {saving.error && !saving.fetching && (
            <Alert type="error" showIcon title={t('rules.refused', { message: errorMessage(saving.error) })} />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('rules.editor.cancel')}</Button>
            <Button type="primary" loading={saving.fetching} onClick={() => form.submit()}>
              {t('rules.editor.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form<RuleSetValues>
        form={form}
        layout="vertical"
        initialValues={formValues(stored)}
        onFinish={(values) => void submit(values)}
      >
        {stored && (
          <Form.Item name="mode" label={t('rules.editor.mode')}>
            <Radio.Group
              options={[
                { value: 'inPlace', label: t('rules.editor.inPlace', { version: stored.version }) },
                { value: 'asNew', label: t('rules.editor.asNew') },
              ]}
            />
          </Form.Item>
        )}
        <Flex wrap gap={12}>
          <Form.Item name="code" label={t('rules.editor.code')} rules={required}>
            <Input disabled={stored !== null} maxLength={32} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="nameZh" label={t('rules.editor.nameZh')} rules={required}>
            <Input style={{ width: 300, maxWidth: '100%' }} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('rules.editor.nameEn')} rules={required}>
            <Input style={{ width: 300, maxWidth: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex wrap gap={12}>
          <Form.Item name="effectiveFrom" label={t('rules.editor.effectiveFrom')} rules={required}>
            <Input type="date" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('rules.editor.effectiveTo')} rules={required}>
            <Input type="date" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="total" label={t('rules.editor.total')} rules={required}>
            <InputNumber min={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="status" label={t('rules.editor.status')}>
            <Select
              style={{ width: 120 }}
              options={(['DRAFT', 'PUBLISHED'] as const).map((value) => ({ value, label: t(`rules.status.${value}`) }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item label={t('rules.editor.peers')}>
          <Space wrap>
            <Form.Item name="peers" noStyle>
              <Radio.Group
                options={[
                  { value: 'level', label: t('rules.editor.peersLevel') },
                  { value: 'parent', label: t('rules.editor.peersParent') },
                ]}
              />
            </Form.Item>
            {peers === 'parent' ? (
              <Form.Item name="peerParent" noStyle rules={required}>
                <Input aria-label={t('rules.editor.peerParent')} placeholder="GD" style={{ width: 120 }} />
              </Form.Item>
            ) : (
              <Form.Item name="peerLevel" noStyle rules={required}>
                <Select
                  aria-label={t('rules.editor.peerLevel')}
                  style={{ width: 140 }}
                  options={LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
                />
              </Form.Item>
            )}
          </Space>
        </Form.Item>
        <Typography.Title level={5}>{t('rules.editor.items')}</Typography.Title>
        <RuleItemsTable form={form} metricOptions={metricOptions} />
        <Typography.Paragraph type={maximaSum(items) === total ? 'secondary' : 'warning'} style={{ marginTop: 8 }}>
          {t('rules.editor.maxSum', { sum: maximaSum(items), total: total ?? '—' })}
        </Typography.Paragraph>
      </Form>
    </Drawer>
  );
}
