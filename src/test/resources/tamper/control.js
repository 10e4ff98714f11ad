// Control for ChromiumNoStorageIT: indexedDB.databases() writes a storage-bucket record for this origin in
// Chromium 156 (measured), which proves that the test can see such a record when one exists.
indexedDB.databases().then(function () {
  document.documentElement.setAttribute('data-done', '1');
}, function () {
  document.documentElement.setAttribute('data-done', '1');
});
