# A site term whose id equals plan alpha's anchor for its own term 創業 (t-alpha-創業).
# expect-stderr: content/plans/alpha/glossary.yaml:1:1: error[glossary.duplicate-id]
printf -- '- term: 起業\n  reading: きぎょう\n  id: alpha-x\n  definition: 事業を起こすこと。\n' >>content/glossary.yaml
sed -i 's/^- term: 創業$/- term: 創業\n  id: x/' content/plans/alpha/glossary.yaml
